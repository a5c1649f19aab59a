package scenario.finance;

import jakarta.persistence.*;
import java.time.OffsetDateTime;

@Entity
@Table(name = "investment_balance_points",
        indexes = @Index(name = "ix_balance_points_investment_time", columnList = "investment_id, recorded_at DESC"))
public class InvestmentBalancePoint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @ManyToOne
    @JoinColumn(name = "investment_id")
    Investment investment;

    @Column(nullable = false)
    double balance;

    @Column(name = "recorded_at", nullable = false)
    OffsetDateTime recordedAt;
}
