assert new File(basedir, 'build.log').text.contains('EdComply: skipped (edcomply.skip=true)')
assert !new File(basedir, 'target/edcomply').exists()
return true
