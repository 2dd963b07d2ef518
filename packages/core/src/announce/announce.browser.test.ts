import { afterEach, describe, expect, it } from 'vitest';
import { accessibilityTree, axNodeOfId, isInside, liveRegions, walk } from '../../../../test/ax.js';
import { createAnnouncer } from './announcer.js';

const announcer = createAnnouncer({ regionDelay: 50, spacing: 50, clearAfter: 0 });

afterEach(() => {
  announcer.destroy();
  document.body.replaceChildren();
});

describe('announce() in Chromium', () => {
  it('puts the message in a polite live region of the accessibility tree', async () => {
    await expect(announcer.announce('Donation received: ¥100 捐款已收到')).resolves.toBe(true);
    const regions = liveRegions(await accessibilityTree());
    expect(regions.map(({ live, text }) => ({ live, text }))).toContainEqual({
      live: 'polite',
      text: 'Donation received: ¥100 捐款已收到',
    });
    const polite = regions.find((r) => r.live === 'polite')!;
    expect(polite.node.ignored).toBe(false);
    expect(polite.node.properties.atomic).toBe(true);
  });

  it('puts assertive messages in an assertive live region', async () => {
    await announcer.announce('Payment failed', { politeness: 'assertive' });
    const regions = liveRegions(await accessibilityTree());
    expect(regions).toContainEqual(expect.objectContaining({ live: 'assertive', text: 'Payment failed' }));
  });

  it('is visually hidden: no layout box a sighted user could see', async () => {
    await announcer.announce('hidden but spoken');
    const host = document.querySelector('reach-live-region')!;
    const { width, height } = host.getBoundingClientRect();
    expect(width * height).toBeLessThanOrEqual(1);
    expect(getComputedStyle(host).position).toBe('absolute');
  });

  it('survives hostile host CSS that hides divs and unknown elements', async () => {
    const style = document.createElement('style');
    style.textContent = 'div { display: none !important; visibility: hidden !important } * { position: static !important }';
    document.head.append(style);
    try {
      await announcer.announce('still spoken');
      const regions = liveRegions(await accessibilityTree());
      expect(regions.find((r) => r.text === 'still spoken')?.node.ignored).toBe(false);
    } finally {
      style.remove();
    }
  });

  it('writes inside an open modal <dialog>, where screen readers still listen', async () => {
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-label', 'Confirm donation');
    dialog.innerHTML = '<p>Confirm?</p><button>OK</button>';
    // The page's own live region, outside the dialog: the control.
    document.body.insertAdjacentHTML('afterbegin', '<div aria-live="polite" id="page-status">Ready</div>');
    document.body.append(dialog);
    // A region made before the dialog opened: outside the modal, so Chromium hides it.
    await announcer.announce('before the dialog');
    dialog.showModal();
    await announcer.announce('inside the dialog');

    const tree = await accessibilityTree();
    const dialogNode = [...walk(tree)].find((n) => n.role === 'dialog')!;
    const inside = liveRegions(tree).find((r) => r.text === 'inside the dialog');
    expect(inside, 'a live region holding the message').toBeDefined();
    expect(isInside(inside!.node, dialogNode)).toBe(true);
    expect(inside!.node.ignored).toBe(false);
    // Control: the page's own live region, outside the dialog, is inert while the modal is open,
    // so a message written there would not be heard (Chromium leaves it out of the full tree).
    expect(await axNodeOfId('page-status')).toMatchObject({ ignored: true, reasons: expect.arrayContaining(['activeModalDialog']) });
    dialog.close();
  });

  it('writes inside a visible aria-modal dialog that holds focus', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      '<div role="dialog" aria-modal="true" aria-label="Subscribe"><input aria-label="Email"></div>',
    );
    document.querySelector('input')!.focus();
    await announcer.announce('Subscribed');
    const tree = await accessibilityTree();
    const dialogNode = [...walk(tree)].find((n) => n.role === 'dialog')!;
    const region = liveRegions(tree).find((r) => r.text === 'Subscribed')!;
    expect(isInside(region.node, dialogNode)).toBe(true);
  });
});
