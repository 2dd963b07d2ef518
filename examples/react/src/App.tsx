import { announce } from '@reachable/core';
import { ReachAnnouncer, ReachToolbar, usePreference, useReachable } from '@reachable/react';
import { useState, type FormEvent } from 'react';

const CITIES = { all: ['All', '全部'], beijing: ['Beijing', '北京'], chengdu: ['Chengdu', '成都'], online: ['Online', '线上'] };
type City = keyof typeof CITIES;
const ROLES: { en: string; zh: string; city: Exclude<City, 'all'> }[] = [
  { en: 'Weekend reading club', zh: '周末读书会', city: 'beijing' },
  { en: 'Sorting reading corners', zh: '图书角整理', city: 'chengdu' },
  { en: 'Online reading buddy', zh: '线上伴读', city: 'online' },
  { en: 'Braille proofreading', zh: '盲文校对', city: 'beijing' },
];

export function App() {
  // One controller for the page: the toolbar shows it, the app reads it.
  const reachable = useReachable();
  // State flowing back: the visitor's text size, whoever changed it.
  const [fontScale] = usePreference('fontScale');
  const [city, setCity] = useState<City>('all');
  const [rolesStatus, setRolesStatus] = useState('');
  const [error, setError] = useState('');
  const [result, setResult] = useState('');
  const roles = ROLES.filter((role) => city === 'all' || role.city === city);

  function filter(next: City) {
    const count = ROLES.filter((role) => next === 'all' || role.city === next).length;
    const [en, zh] = CITIES[next];
    setCity(next);
    setRolesStatus(`${en}: ${count} roles ${zh}：${count} 个岗位`); // spoken by <reach-announcer>
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const name = String(new FormData(event.currentTarget).get('name') ?? '').trim();
    if (!name) {
      setError('Please enter your name. 请填写姓名。');
      announce('Please enter your name. 请填写姓名。', { politeness: 'assertive' });
      return;
    }
    const thanks = `Thank you, ${name}! We will be in touch within three days. 谢谢，${name}！我们会在三天内联系您。`;
    setError('');
    setResult(thanks);
    announce(thanks);
  }

  return (
    <>
      <ReachToolbar controller={reachable} position="bottom-left" />
      <header>
        <p>
          <a href="../../">Reachable 可及</a> · React
        </p>
      </header>
      <main>
        <h1>
          Volunteer sign-up <span lang="zh-CN">阳光助学志愿者报名</span>
        </h1>
        <p className="note">This page is a React 19 app built with Vite; the toolbar shares its controller.</p>
        <p>
          Text size <span lang="zh-CN">字体大小</span>: <span id="text-size">{Math.round(fontScale * 100)}%</span>
        </p>

        <section aria-labelledby="roles-title">
          <h2 id="roles-title">Roles</h2>
          <label htmlFor="city">City</label>
          <select id="city" value={city} onChange={(event) => filter(event.target.value as City)}>
            {Object.entries(CITIES).map(([value, [en, zh]]) => (
              <option key={value} value={value}>{`${en} ${zh}`}</option>
            ))}
          </select>
          <ul className="results">
            {roles.map((role) => (
              <li key={role.en}>
                {role.en} <span lang="zh-CN">{role.zh}</span> · {CITIES[role.city][0]}
              </li>
            ))}
          </ul>
          <ReachAnnouncer message={rolesStatus} />
        </section>

        <form onSubmit={submit} noValidate>
          <h2>Sign up</h2>
          <label htmlFor="name">Name</label>
          <input id="name" name="name" autoComplete="name" aria-invalid={Boolean(error)} aria-describedby="name-error" />
          <p id="name-error" className="error" hidden={!error}>
            {error}
          </p>
          <button type="submit">Sign up</button>
        </form>
        <p id="result">{result}</p>
      </main>
    </>
  );
}
