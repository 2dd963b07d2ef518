import { createReachable } from '@reachable/core';
import { ReachableProvider } from '@reachable/react';
import { unstableSetRender } from 'antd';
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import './antd.css';
import { Donate } from './Donate';

// antd 5 renders its click wave and static messages with ReactDOM.render, which React 19 removed: antd's own
// adapter for React 19 gives it createRoot instead.
unstableSetRender((node, container) => {
  const holder = container as Element & { reactRoot?: Root };
  holder.reactRoot ??= createRoot(container);
  holder.reactRoot.render(node);
  return async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
    holder.reactRoot!.unmount();
  };
});

// The theme applies the visitor's colour scheme to antd, so Reachable applies no colours of its own.
const controller = createReachable({ honours: { colorScheme: true } });

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <ReachableProvider controller={controller}>
      <Donate />
    </ReachableProvider>
  </StrictMode>,
);
