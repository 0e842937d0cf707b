// The one place that says which Chromium the tests drive. These machines use Debian's package, never a
// Playwright browser download; on a laptop with Chrome, point CHROMIUM_PATH at it.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the background-networking family of flags Chromium floods a closed network with refused
// connections; as root it needs --no-sandbox.
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

export const launchOptions = { executablePath: chromiumPath, args: chromiumArgs };
