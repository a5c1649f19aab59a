package scenario.finance;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Entity
@Table(name = "investments")
public class Investment {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "investment_seq")
    @SequenceGenerator(name = "investment_seq", sequenceName = "investment_seq", allocationSize = 50)
    Long id;

    @ManyToOne
    @JoinColumn(name = "account_id")
    Account account;

    @Column(nullable = false, length = 12)
    String symbol;

    @Column(precision = 18, scale = 6)
    BigDecimal quantity;

    OffsetDateTime boughtAt;
}
