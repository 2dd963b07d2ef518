// The CLI's progress bar (not part of the package's API).

/** Pages done of those the crawl may audit, as a bar of `width` cells and the count. */
export function progressBar(done: number, total: number, width = 20): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * width);
  return `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${done}/${total}`;
}
