package scenario.petclinic;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "invoices")
public class Invoice extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    Visit visit;

    @Column(name = "amount", nullable = false, precision = 10, scale = 2)
    BigDecimal amount;

    @Column(name = "issued_on")
    LocalDate issuedOn;
}
