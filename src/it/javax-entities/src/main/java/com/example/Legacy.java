package com.example;

import javax.persistence.*;

@Entity
public class Legacy {
    @Id
    Long id;
}
