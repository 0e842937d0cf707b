// Both languages are one set of routes: /ko/build and /en/build are /build, rendered in another
// language (the locale is read from the URL by the Paraglide runtime).
import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime.js';

export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;
