// Videos without captions, and caption tracks that fail to load or parse. axe-core's
// video-caption rule only asks a person to review a video without a `kind="captions"`
// track; this check decides it, and fetches and parses each track.
import { parseSrt } from '@reachable/core/captions';
import { describe, isForeign, win } from '../dom.js';
import { Collector, type Check } from './check.js';

const TRACK_TIMEOUT_MS = 5000;
const VTT_CUE = /^\s*(?:\d+:)?\d{2}:\d{2}[.,]\d{3}\s+-->\s+(?:\d+:)?\d{2}:\d{2}[.,]\d{3}/m;

/** Why a caption file's text is unusable, or undefined when it holds cues. */
export function trackProblem(text: string, { srtAllowed }: { srtAllowed: boolean }): string | undefined {
  const body = text.replace(/^\uFEFF/, '');
  if (/^WEBVTT(?:[ \t].*)?(?:\r?\n|$)/.test(body)) {
    return VTT_CUE.test(body.replace(/\r\n?/g, '\n').split('\n').filter((l) => l.includes('-->')).join('\n')) ? undefined : 'is WebVTT but has no cues';
  }
  if (parseSrt(body).length > 0) return srtAllowed ? undefined : 'is SRT, which browsers cannot show in a <track>: convert it to WebVTT or use <reach-captions>';
  return 'is not WebVTT (it must start with "WEBVTT")';
}

export const checkMedia: Check = async ({ root, excluded, maxElements }) => {
  const found = new Collector(describe, maxElements);
  const videos = [...root.querySelectorAll('video')].filter((v) => !excluded(v) && !isForeign(v));
  let tracks = 0;
  for (const video of videos) {
    const captions = [...video.querySelectorAll('track')].filter((t) => /^(captions|subtitles)$/i.test(t.getAttribute('kind') ?? 'subtitles'));
    if (!captions.length) {
      found.add('video-captions', video, video.querySelector('track') ? 'has tracks, but none of kind "captions" or "subtitles"' : 'has no <track>');
      continue;
    }
    const srtAllowed = !!video.closest('reach-captions');
    for (const track of captions) {
      tracks++;
      const src = track.getAttribute('src');
      if (!src) {
        found.add('caption-track-broken', track, 'has no src');
        continue;
      }
      const problem = await loadProblem(win(video.ownerDocument), (track as HTMLTrackElement).src, srtAllowed);
      if (problem) found.add('caption-track-broken', track, `${src} ${problem}`);
    }
  }
  return {
    findings: found.findings,
    runs: [
      { rule: 'video-captions', applicable: videos.length > 0 },
      { rule: 'caption-track-broken', applicable: tracks > 0 },
    ],
  };
};

async function loadProblem(view: Window, url: string, srtAllowed: boolean): Promise<string | undefined> {
  let response: Response;
  try {
    response = await view.fetch(url, { signal: AbortSignal.timeout(TRACK_TIMEOUT_MS), credentials: 'same-origin' });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return timedOut ? `did not load within ${TRACK_TIMEOUT_MS / 1000} s` : 'could not be loaded (network error, or another origin without CORS)';
  }
  if (!response.ok) return `could not be loaded (HTTP ${response.status})`;
  return trackProblem(await response.text(), { srtAllowed });
}
