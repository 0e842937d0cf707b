// The styles of every kind of lesson embed, on every lesson page from its first paint: an embed shows
// its prerendered markup until the reader comes near it, and only then is its code (which would
// bring its styles) imported. A `?prerender` import is, in the browser, the styles alone
// (scripts/vite-static-first.ts); the lesson page is one page for every lesson, so it links them all.
import './CaptureEmbed.svelte?prerender';
import './CallsEmbed.svelte?prerender';
import './EngineIoEmbed.svelte?prerender';
import './ExplorerEmbed.svelte?prerender';
import './FramesEmbed.svelte?prerender';
import './HandshakeEmbed.svelte?prerender';
import './MaskTable.svelte?prerender';
import './MetricsTable.svelte?prerender';
