package scenario.finance;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "accounts")
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    User owner;

    @Column(nullable = false, precision = 19, scale = 2)
    BigDecimal balance;

    LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    AccountStatus status;
}
