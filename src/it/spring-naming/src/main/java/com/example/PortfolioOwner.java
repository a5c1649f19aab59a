package com.example;

import jakarta.persistence.*;
import java.util.Set;

@Entity
public class PortfolioOwner {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String displayName;

    @ManyToMany
    Set<TradingAccount> tradingAccounts;
}
