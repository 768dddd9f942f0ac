<%@ page contentType="text/html; charset=UTF-8" pageEncoding="UTF-8" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <title>Loan receipt - District Library</title>
</head>
<body>
  <h1>Loan receipt</h1>
  <p>Please return <c:out value="${loan.bookTitle}"/> by <c:out value="${loan.dueDate}"/>.</p>
  <a href="/loans">Back to my loans</a>
</body>
</html>
