package com.example.points;

import com.example.core.Investment;
import jakarta.persistence.*;

@Entity
@Table(name = "investment_balance_points")
public class InvestmentBalancePoint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Integer id;

    @ManyToOne
    @JoinColumn(name = "investment_id", foreignKey = @ForeignKey(name = "fk_balance_points_investment"))
    Investment investment;

    @Column(nullable = false)
    double balance;
}
