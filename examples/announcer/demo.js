// Uses the script-tag bundle: window.Reachable is there once reachable.js has run.
const { announce, announceFromElement } = window.Reachable;
const $ = (id) => document.getElementById(id);

$('donate').addEventListener('submit', (event) => {
  event.preventDefault();
  const name = $('donor').value.trim();
  if (!name) {
    $('donor-error').textContent = '请填写姓名。Please enter your name.';
    $('donor').setAttribute('aria-invalid', 'true');
    $('donor').focus();
    // Errors interrupt: assertive.
    announce('请填写姓名。Please enter your name.', { politeness: 'assertive' });
    return;
  }
  $('donor-error').textContent = '';
  $('donor').removeAttribute('aria-invalid');
  const amount = $('amount').selectedOptions[0].textContent;
  $('status').textContent = `${name} 捐款 ${amount}，谢谢！ Thank you for your ${amount} gift.`;
  announce(`感谢您的捐款 ${amount}！Thank you for your gift.`);
});

$('read-status').addEventListener('click', () => announceFromElement($('status')));

const items = [...$('projects').children];
$('filter').addEventListener('input', () => {
  const query = $('filter').value.trim().toLowerCase();
  let shown = 0;
  for (const item of items) {
    item.hidden = !item.textContent.toLowerCase().includes(query);
    if (!item.hidden) shown += 1;
  }
  // Wait until typing pauses, so each keystroke does not speak.
  clearTimeout($('filter').pause);
  $('filter').pause = setTimeout(() => {
    $('count').message = `显示 ${shown} 个项目 · ${shown} project${shown === 1 ? '' : 's'} shown`;
  }, 400);
});

$('confirm-open').addEventListener('click', () => $('confirm').showModal());
$('confirm-close').addEventListener('click', () => $('confirm').close());
$('confirm-yes').addEventListener('click', () => {
  announce('已确认，请在下一步完成支付。Confirmed: complete payment in the next step.');
});
