package com.bettercallbuffet.finance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** The balance of an investment at one point in time: the model change of the guide's example workflow. */
@Entity
@Table(name = "investment_balance_points")
public class InvestmentBalancePoint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Integer id;

    @ManyToOne
    @JoinColumn(name = "investment_id", foreignKey = @ForeignKey(name = "fk_balance_points_investment"))
    private Investment investment;

    @Column(nullable = false)
    private double balance;
}
