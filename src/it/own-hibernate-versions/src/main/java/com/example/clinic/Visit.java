package com.example.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "visits")
public class Visit extends BaseEntity {
    @ManyToOne(optional = false)
    Pet pet;
    LocalDate visitDate;
    Instant bookedAt;
    @Enumerated(EnumType.STRING)
    Kind kind;
    @Column(precision = 10, scale = 2)
    BigDecimal fee;

    public enum Kind { CHECKUP, SURGERY, VACCINATION }
}
