package it;

public class Broken {
    private String name;
    this is not java;
}
