package scenario.inheritance;

import jakarta.persistence.*;

/** A person one organization employs: a JOINED subclass two levels down. */
@Entity
@Table(name = "employee")
@PrimaryKeyJoinColumn(name = "person_id")
public class Employee extends Person {

    @Column(name = "employee_number", nullable = false, unique = true, length = 20)
    String employeeNumber;

    @ManyToOne
    @JoinColumn(name = "employer_id")
    Organization employer;
}
