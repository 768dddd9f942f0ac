// Secrets planted in every kind of configuration and in code never appear in anything the build
// writes: no report format, not the incremental cache, not the site page, not the console.
import groovy.io.FileType

def planted = ['UrlParam-Planted-1', 'Props-Planted-2', 'UrlUserinfo-Planted-3', 'Fallback-Planted-4',
               'AKIAPLANTED5EXAMPLE7', 'Anchor-Planted-6', 'Alias-Planted-7', 'XmlAttr-Planted-8',
               'XmlElement-Planted-9', 'ParamValue-Planted-10', 'Persistence-Planted-11', 'SqlDefault-Planted-12',
               'SqlInsert-Planted-13', 'JavaConst-Planted-14', 'JavaField-Planted-15',
               'sk_live_PLANTED16abcdefghijklmnop']

def outputs = []
['target/edcomply', 'target/site'].each { dir ->
    new File(basedir, dir).eachFileRecurse(FileType.FILES) { outputs << it }
}
outputs << new File(basedir, 'build.log')
def names = outputs*.name as Set
// every format, the cache and the site page were written, so the search below covers them
assert names.containsAll(['findings.json', 'edcomply.html', 'edcomply.sarif', 'TEST-edcomply.xml',
                          'gl-code-quality-report.json', 'edcomply-summary.md', 'data-inventory.csv',
                          'scan-cache.json', 'edcomply-report.html', 'build.log']) : names

def leaks = []
outputs.each { f ->
    def text = new String(f.bytes, 'ISO-8859-1')
    planted.each { secret ->
        if (text.contains(secret)) {
            leaks << "${secret} in ${f.path - basedir.path}"
        }
    }
}
assert leaks.isEmpty() : leaks.join('\n')

// the secrets were found and reported, masked, at their lines: the files were really read
def log = new File(basedir, 'build.log').text
['src/main/resources/application.properties:3', 'src/main/resources/application.yml:3',
 'src/main/resources/logback.xml:2', 'src/main/resources/META-INF/persistence.xml:5'].each { at ->
    assert log =~ /GDPR-32-HARDCODED-SECRET\s+${java.util.regex.Pattern.quote(at)}\b/ : "a hard-coded secret reported at ${at}"
}
assert new File(basedir, 'target/edcomply/findings.json').text.contains('********')
assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'no stack trace in the build log'
return true
