// The catalogue shows the shipped requirements and the organisation's overlay, in Markdown and HTML.
def dir = new File(basedir, 'target/edcomply/catalog')
def md = new File(dir, 'catalog.md').text
assert md.contains('| `COPPA-PARENTAL-CONSENT` |')
assert md.contains('**Overlay** `src/compliance/jurisdictions/us-coppa.yaml`')
assert md.contains('| `ACME-HTTPONLY-COOKIE` | Session cookies are not readable by scripts |')
assert md.contains('- `COPPA-PARENTAL-CONSENT`: disabled (Schools enrol every pupil under their COPPA school authorization (district contract clause 4.2).)')
def html = new File(dir, 'catalog.html').text
assert html.startsWith('<!DOCTYPE html>')
assert html.contains('<h2 id="us-coppa">')
assert !(html =~ /(?i)<script|<link|https?:\/\/[^"]*\.(css|js|woff)/) : 'self-contained'
assert new File(dir, 'checks/config-value-required.md').text.contains('- `ACME-HTTPONLY-COOKIE` (us-coppa): Session cookies are not readable by scripts')
return true
