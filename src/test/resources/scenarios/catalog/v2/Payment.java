package scenario.catalog;

import jakarta.persistence.*;
import java.math.BigDecimal;

@Entity
@Inheritance(strategy = InheritanceType.JOINED)
public abstract class Payment {
    @Id
    @GeneratedValue
    Long id;

    @Column(nullable = false, precision = 12, scale = 2)
    BigDecimal amount;
}
