package scenario.finance;

import jakarta.persistence.*;
import org.hibernate.annotations.ColumnDefault;
import org.hibernate.annotations.Comment;
import java.math.BigDecimal;
import java.time.LocalDate;

@Entity
@Table(name = "accounts")
@Comment("Money accounts of a user")
public class Account {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "user_id")
    User owner;

    @Column(nullable = false, precision = 19, scale = 2)
    BigDecimal balance;

    @Column(nullable = false, length = 3)
    @ColumnDefault("'EUR'")
    @Comment("ISO 4217 code")
    String currency;

    LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    AccountStatus status;
}
