// The server under test is Linux-only (namespaces, cgroups, a local PostgreSQL run as a service user).
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
