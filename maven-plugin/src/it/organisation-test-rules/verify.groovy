// The officer's one command: PASS per fixture by name, a summary, and a successful build.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] PASS  ACME-HTTPONLY-COOKIE/fail-http-only-off')
assert log.contains('[INFO] PASS  ACME-HTTPONLY-COOKIE/pass-not-set')
assert log.contains('[INFO] PASS  COPPA-SECURE-SESSION-COOKIE/fail-raised-to-high')
assert log.contains('[INFO] EdComply: 3 fixtures, 3 passed, 0 failed')
assert !log.contains('has no failing fixture') && !log.contains('has no passing fixture')
return true
