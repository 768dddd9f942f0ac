<#-- Welcome e-mail sent to new parents -->
<!DOCTYPE html>
<html lang="en">
<head><title>Welcome</title></head>
<body>
<#if school.logo??>
  <img src="${school.logo}">
</#if>
<#-- the closing tag of this comment was deleted by mistake
<p>Hello ${parent.name}</p>
</body>
</html>
