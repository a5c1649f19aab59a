package com.example.model;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The model after a change that has no revision yet: check must see it in model's classes, not in a stale jar. */
@Entity
public class Customer {
    @Id
    Long id;
    String name;
    String email;
}
