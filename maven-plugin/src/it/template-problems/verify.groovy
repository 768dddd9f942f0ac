// A broken template is a finding at the comment that swallows the rest of the file; what comes
// before it, and the templates of the configured folder, are still checked; no stack trace.
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply/findings.json'))
def found = json.findings.collect { "${it.requirement} ${it.file}:${it.line}".toString() }
assert found == ['AODA-IMAGE-ALT src/site-templates/mail/welcome.ftl:7',
                 'EDC-UNPARSABLE src/site-templates/mail/welcome.ftl:9',
                 'AODA-FRAME-TITLE src/main/resources/templates/home.html:5'].sort { a, b ->
    a.split(' ')[1].tokenize(':')[0] <=> b.split(' ')[1].tokenize(':')[0] ?: (a.split(':')[1] as int) <=> (b.split(':')[1] as int)
} : found
def broken = json.findings.find { it.requirement == 'EDC-UNPARSABLE' }
assert broken.message.contains('a FreeMarker comment <#-- opened here is never closed with -->') : broken.message
def frame = json.findings.find { it.requirement == 'AODA-FRAME-TITLE' }
assert frame.message.contains('WCAG 4.1.2 Name, Role, Value (Level A); axe-core frame-title') : frame.message
def log = new File(basedir, 'build.log').text
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
