package com.example.app;

/** The application; its entities live in the model module. */
public final class Main {
    private Main() {
    }
}
