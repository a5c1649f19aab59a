package com.example;

import jakarta.persistence.*;

@Entity
public class TradingAccount {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    String accountNumber;
}
