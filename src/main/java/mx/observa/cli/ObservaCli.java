package mx.observa.cli; public class ObservaCli { public static void main(String[] a){} }
