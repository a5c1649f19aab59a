package com.example.clinic;

import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.Entity;

import java.math.BigDecimal;

@Entity
@DiscriminatorValue("CASH")
public class CashPayment extends Payment {
    BigDecimal tendered;
}
