package edu.readalong;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** A parent who receives the weekly progress e-mail. Nobody declared what it holds. */
@Entity
public class Guardian {

    @Id
    @GeneratedValue
    private Long id;

    private Long learnerId;

    private String email;

    private String mobilePhone;

    private String relationship;

    private boolean weeklyReportEnabled;

    protected Guardian() {
    }

    public String getEmail() {
        return email;
    }
}
