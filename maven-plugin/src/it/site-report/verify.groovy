// mvn site contributes the HTML report, and findings never fail the site build.
def page = new File(basedir, 'target/site/edcomply-report.html')
assert page.isFile() : 'the report is part of the site'
def html = page.text
assert html.contains('COPPA-PARENTAL-CONSENT') && html.contains('<svg')
assert new File(basedir, 'target/site/project-reports.html').text.contains('href="edcomply-report.html"') : 'the site links the report'
def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
