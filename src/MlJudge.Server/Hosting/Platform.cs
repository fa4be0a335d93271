// The judge sandboxes with Linux namespaces and cgroups and runs PostgreSQL as a service user: Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
