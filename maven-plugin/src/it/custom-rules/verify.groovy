// A custom check type from the named rules directory is compiled, loaded and fires.
import groovy.json.JsonSlurper
def json = new JsonSlurper().parse(new File(basedir, 'target/edcomply/findings.json'))
assert json.findings.findAll { it.requirement.startsWith('ACME-') }.collect { "${it.requirement} ${it.file}:${it.line}".toString() } ==
        ['ACME-NO-H2-CONSOLE src/main/resources/application.properties:2']
return true
