package com.example.clinic;

import jakarta.persistence.Entity;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.util.List;

@Entity
@Table(name = "pets")
public class Pet extends BaseEntity {
    String name;
    LocalDate birthDate;
    @OneToMany(mappedBy = "pet")
    @OrderBy("visitDate")
    List<Visit> visits;
}
