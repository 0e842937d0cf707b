// The header stays reachable while the page scrolls (Copy link, the language, the theme), but only
// its last row: on a projector the header wraps into two rows, and a lesson or a stepped view needs
// the rest of a 720 px screen. The header is sticky with a negative top that scrolls its first rows
// away; --sticky-header on <html> is what remains, so scrolled-to views stop below it (app.css).

/** Keeps the row holding `keep` (and the rows after it) of `header` on screen; returns the cleanup. */
export function stickHeader(header: HTMLElement, keep: HTMLElement): () => void {
	const measure = () => {
		// offsetTop is from the header itself (it is positioned): below its own height means the
		// row is not the first one.
		const wrapped = keep.offsetTop > keep.offsetHeight;
		const hidden = wrapped ? Math.max(0, keep.offsetTop - 8) : 0;
		header.style.top = `${-hidden}px`;
		document.documentElement.style.setProperty(
			'--sticky-header',
			`${header.offsetHeight - hidden}px`
		);
	};
	// The observer's first call comes with the first frame, once the page is laid out anyway: a
	// call here forced that layout inside hydration's task (10-100 ms of it on /transports, CPU 4× slower).
	const observer = new ResizeObserver(measure);
	observer.observe(header);
	return () => observer.disconnect();
}
