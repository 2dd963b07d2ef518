import { announce, createReachable, reachableFor } from '@reachable/core';
import '@reachable/elements/toolbar';
import '@reachable/elements/announcer';
import '../../shared/site.css';
import './style.css';

// For the site's own developers: ?reachable-audit shows the page's accessibility defects over it
// (@reachable/audit's panel, in the page's language). It is fetched only when asked for; a real
// site would import it in development builds alone (`if (import.meta.env.DEV)`).
if (new URLSearchParams(location.search).has('reachable-audit')) void import('@reachable/audit/panel/auto');

// One controller for the page: the toolbar shows it, this code reads it.
const reachable = createReachable();
const toolbar = document.createElement('reach-toolbar');
toolbar.controller = reachable; // set before it is connected, so it never makes its own
toolbar.position = 'bottom-left';
document.body.append(toolbar);

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

// State flowing back: the visitor's text size, whoever changed it. Code that was not handed
// the controller (another module, a widget) finds the page's own rather than starting a second.
const { preferences } = reachableFor()!;
const textSize = $('text-size');
const showTextSize = ({ fontScale }: { fontScale: number }) => (textSize.textContent = `${Math.round(fontScale * 100)}%`);
preferences.subscribe(showTextSize);
showTextSize(preferences.get());

// A filter whose result count <reach-announcer> speaks.
const city = $<HTMLSelectElement>('city');
city.addEventListener('change', () => {
  const roles = [...document.querySelectorAll<HTMLLIElement>('#roles li')];
  for (const role of roles) role.hidden = city.value !== 'all' && role.dataset.city !== city.value;
  const count = roles.filter((role) => !role.hidden).length;
  const [zh, en] = city.selectedOptions[0]!.text.split(' ');
  document.querySelector('reach-announcer')!.message = `${zh}：${count} 个岗位 ${en}: ${count} roles`;
});

// The form result: an assertive announcement for the error, a polite one for success.
const name = $<HTMLInputElement>('name');
const error = $('name-error');
$<HTMLFormElement>('signup').addEventListener('submit', (event) => {
  event.preventDefault();
  const value = name.value.trim();
  name.setAttribute('aria-invalid', String(!value));
  error.hidden = Boolean(value);
  if (!value) {
    error.textContent = '请填写姓名。Please enter your name.';
    announce(error.textContent, { politeness: 'assertive' });
    return;
  }
  const thanks = `谢谢，${value}！我们会在三天内联系您。Thank you, ${value}! We will be in touch within three days.`;
  $('result').textContent = thanks;
  announce(thanks);
});
