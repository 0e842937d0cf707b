// The whole site is static files: every page is rendered at build time.
export const prerender = true;
export const trailingSlash = 'never';
