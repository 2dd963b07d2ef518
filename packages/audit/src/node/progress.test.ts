import { describe, expect, it } from 'vitest';
import { progressBar } from './progress.js';

describe('progressBar', () => {
  it('fills with the pages done, and never beyond its width', () => {
    expect(progressBar(0, 20, 10)).toBe('░░░░░░░░░░ 0/20');
    expect(progressBar(5, 20, 10)).toBe('███░░░░░░░ 5/20');
    expect(progressBar(20, 20, 10)).toBe('██████████ 20/20');
    expect(progressBar(25, 20, 4)).toBe('████ 25/20');
  });
});
