import { describe, expect, it } from 'vitest';
import { MEDIUM, SCALE, scaleFontSize, scaleLineHeight } from './css-length.js';

const scaled = (length: string) => `calc(${length} * ${SCALE})`;

describe('scaleFontSize', () => {
  it.each([
    ['14px', scaled('14px')],
    ['1.5rem', scaled('1.5rem')],
    ['12pt', scaled('12pt')],
    ['.875REM', scaled('.875REM')],
    ['2vw', scaled('2vw')],
    ['clamp(1rem, 2.5vw, 2rem)', `clamp(${scaled('1rem')}, ${scaled('2.5vw')}, ${scaled('2rem')})`],
    ['calc(1em + 2px)', `calc(1em + ${scaled('2px')})`],
    ['max(12px, 1em)', `max(${scaled('12px')}, 1em)`],
    ['var(--font-size-body)', `calc((var(--font-size-body)) * ${SCALE})`],
  ])('scales the absolute lengths of %s', (value, expected) => {
    expect(scaleFontSize(value)).toBe(expected);
  });

  it.each(['1.2em', '120%', 'smaller', 'larger', 'inherit', 'unset', 'revert', '', 'calc(1em * 1.2)', 'var(--x, 1.2em)'])(
    'leaves %j alone: it follows the already-scaled parent',
    (value) => {
      expect(scaleFontSize(value)).toBeUndefined();
    },
  );

  it('scales absolute keywords from the measured medium size', () => {
    expect(scaleFontSize('small')).toBe(`calc(${MEDIUM} * 0.8125 * ${SCALE})`);
    expect(scaleFontSize('xx-large')).toBe(`calc(${MEDIUM} * 2 * ${SCALE})`);
    expect(scaleFontSize('initial')).toBe(`calc(${MEDIUM} * 1 * ${SCALE})`);
  });

  it('never scales a value twice', () => {
    const once = scaleFontSize('14px')!;
    expect(scaleFontSize(once)).toBeUndefined();
    expect(scaleFontSize(scaleFontSize('small')!)).toBeUndefined();
  });

  it('does not mistake names for lengths', () => {
    expect(scaleFontSize('var(--size-14px)')).toBe(`calc((var(--size-14px)) * ${SCALE})`);
    expect(scaleFontSize('env(safe-area-inset-top)')).toBeUndefined();
  });
});

describe('scaleLineHeight', () => {
  it.each([
    ['20px', scaled('20px')],
    ['1.5rem', scaled('1.5rem')],
    ['calc(1em + 4px)', `calc(1em + ${scaled('4px')})`],
  ])('scales %s', (value, expected) => {
    expect(scaleLineHeight(value)).toBe(expected);
  });

  it.each(['1.5', 'normal', '150%', '1.4em', ''])('leaves %j alone: it follows the font size', (value) => {
    expect(scaleLineHeight(value)).toBeUndefined();
  });
});
