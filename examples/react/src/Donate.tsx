import { ReachToolbar, useReachable } from '@reachable/react';
import { Alert, Button, Input, Radio, Select, Table, Tabs, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { SchemeTheme } from './scheme-theme';

const PROJECTS = [
  { value: 'any', label: '最需要的学校 Where most needed' },
  { value: 'yunnan', label: '云南 Yunnan' },
  { value: 'gansu', label: '甘肃 Gansu' },
];
const STATUS = {
  open: { zh: '筹款中', en: 'Open', color: 'success' },
  near: { zh: '将满', en: 'Nearly there', color: 'warning' },
  funded: { zh: '已满', en: 'Funded', color: undefined },
} as const;
interface Row {
  province: string;
  schools: number;
  status: keyof typeof STATUS;
}
const ROWS: Row[] = [
  { province: '云南 Yunnan', schools: 42, status: 'open' },
  { province: '甘肃 Gansu', schools: 29, status: 'near' },
  { province: '四川 Sichuan', schools: 20, status: 'funded' },
];
const COLUMNS: TableColumnsType<Row> = [
  { key: 'province', dataIndex: 'province', title: '省份 Province' },
  { key: 'schools', dataIndex: 'schools', title: '学校 Schools' },
  {
    key: 'status',
    title: '状态 Status',
    render: (_, row) => (
      <Tag color={STATUS[row.status].color}>
        {STATUS[row.status].zh} <span lang="en">{STATUS[row.status].en}</span>
      </Tag>
    ),
  },
];

function Projects({ rows }: { rows: Row[] }) {
  return <Table<Row> columns={COLUMNS} dataSource={rows} rowKey="province" pagination={false} />;
}

export function Donate() {
  // The page's controller (antd.tsx's, with the colour scheme honoured): the toolbar shows it, the theme reads it.
  const reachable = useReachable();
  const [amount, setAmount] = useState(500);
  const [project, setProject] = useState('any');

  return (
    <SchemeTheme>
      <ReachToolbar controller={reachable} position="bottom-left" />
      <header>
        <p>
          <a href="../../">Reachable 可及</a> · React · Ant Design ·{' '}
          <a href="./">
            志愿者报名 <span lang="en">Volunteer sign-up</span>
          </a>
        </p>
      </header>
      <main>
        <h1>
          捐助图书角 <span lang="en">Donate a reading corner</span> <Tag>Ant Design</Tag>
        </h1>
        <Alert
          type="success"
          showIcon
          message={
            <>
              配捐进行中：本月每笔捐款由合作企业等额配捐。<span lang="en">Matched giving: every gift this month is matched by our partners.</span>
            </>
          }
        />

        <form action="./antd.html" onSubmit={(event) => event.preventDefault()}>
          <fieldset className="field">
            <legend>
              金额 <span lang="en">Amount</span>
            </legend>
            <Radio.Group
              value={amount}
              onChange={(event) => setAmount(event.target.value)}
              optionType="button"
              buttonStyle="solid"
              options={[100, 500, 1000].map((value) => ({ value, label: `¥${value}` }))}
            />
          </fieldset>
          <div className="field">
            <label htmlFor="name">
              姓名 <span lang="en">Name</span>
            </label>
            <Input id="name" name="name" autoComplete="name" placeholder="李明 Li Ming" />
          </div>
          <div className="field">
            <label id="project-label" htmlFor="project">
              捐给 <span lang="en">Give to</span>
            </label>
            <Select id="project" aria-labelledby="project-label" value={project} onChange={setProject} options={PROJECTS} />
          </div>
          <div className="actions">
            <Button type="primary" htmlType="submit">
              捐款 <span lang="en">Donate</span>
            </Button>
            <Button>
              保存草稿 <span lang="en">Save draft</span>
            </Button>
            <Button type="dashed">
              分享 <span lang="en">Share</span>
            </Button>
            <Button type="primary" danger htmlType="reset">
              清空 <span lang="en">Clear</span>
            </Button>
            <Button type="link" href="#projects">
              先看看 <span lang="en">Look first</span>
            </Button>
          </div>
        </form>

        <section id="projects" aria-labelledby="projects-title">
          <h2 id="projects-title">
            项目 <span lang="en">Projects</span>
          </h2>
          <Tabs
            items={[
              {
                key: 'all',
                label: (
                  <>
                    全部 <span lang="en">All</span>
                  </>
                ),
                children: <Projects rows={ROWS} />,
              },
              {
                key: 'open',
                label: (
                  <>
                    筹款中 <span lang="en">Open</span>
                  </>
                ),
                children: <Projects rows={ROWS.filter((row) => row.status !== 'funded')} />,
              },
            ]}
          />
        </section>
      </main>
    </SchemeTheme>
  );
}
