<%@ include file="/WEB-INF/jspf/header.jspf" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="form" uri="http://www.springframework.org/tags/form" %>
<marquee>Summer reading challenge starts June 1!</marquee>
<h1>Borrow <c:out value="${book.title}"/></h1>
<form:form modelAttribute="loan" action="/loans">
  <form:label path="studentId">Student ID</form:label>
  <form:input path="studentId"/>
  <form:input path="cardNumber"/>
  <button type="submit" tabindex="2">Borrow</button>
</form:form>
<p id="due">Due in 3 weeks.</p>
<div role="buton" tabindex="0" onclick="renew()">Renew</div>
<p id="due">Renewals: 2 left.</p>
<iframe src="https://maps.example.com/embed?branch=central"></iframe>
<%@ include file="/WEB-INF/jspf/footer.jspf" %>
