package com.example.clinic;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

@MappedSuperclass
public abstract class Person extends BaseEntity {
    @Column(name = "first_name", nullable = false, length = 30)
    String firstName;
    @Column(name = "last_name", nullable = false, length = 30)
    String lastName;
}
