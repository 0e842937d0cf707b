// Runs before the page paints (a blocking script in app.html, from our own origin as the CSP asks):
// applies the theme the reader chose, or the one a shared link names (?theme=projector), so the page
// never flashes in the wrong colours. Without either, the system's light or dark preference rules.
(function () {
	var themes = ['light', 'dark', 'projector'];
	var theme = null;
	try {
		theme = new URLSearchParams(location.search).get('theme');
		if (themes.indexOf(theme) < 0) theme = localStorage.getItem('wsviz-theme');
	} catch {
		// storage blocked: the system preference rules
	}
	if (themes.indexOf(theme) >= 0) document.documentElement.dataset.theme = theme;
})();
