<%@ include file="/WEB-INF/jspf/header.jspf" %>
<%@ taglib prefix="c" uri="jakarta.tags.core" %>
<%@ taglib prefix="form" uri="http://www.springframework.org/tags/form" %>
<p class="announcement">Summer reading challenge starts June 1!</p>
<h1>Borrow <c:out value="${book.title}"/></h1>
<form:form modelAttribute="loan" action="/loans">
  <form:label path="studentId">Student ID</form:label>
  <form:input path="studentId"/>
  <form:label path="cardNumber">Library card number</form:label>
  <form:input path="cardNumber"/>
  <button type="submit">Borrow</button>
</form:form>
<p id="due">Due in 3 weeks.</p>
<button type="button" onclick="renew()">Renew</button>
<p id="renewals">Renewals: 2 left.</p>
<iframe src="https://maps.example.com/embed?branch=central" title="Map of the central branch"></iframe>
<%@ include file="/WEB-INF/jspf/footer.jspf" %>
