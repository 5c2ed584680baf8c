using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Live.Server.Options;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Live.Server.Security;

/// <summary>
/// Signs and verifies credentials: base64url(JSON) + "." + base64url(HMAC-SHA256, 128 bits). The key is made
/// once and kept in the data directory, so links and tokens keep working after a restart. Nodes of a cluster
/// must share it (copy the file or point them at one data directory).
/// </summary>
public sealed class CredentialSigner
{
    private const int SignatureBytes = 16;
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };
    private readonly byte[] _key;

    public CredentialSigner(IOptions<LiveOptions> options)
    {
        var path = Path.Combine(Path.GetFullPath(options.Value.DataDirectory), "signing.key");
        _key = LoadOrCreateKey(path);
    }

    public string Sign(Credential credential)
    {
        var payload = WebEncoders.Base64UrlEncode(JsonSerializer.SerializeToUtf8Bytes(credential, Json));
        return payload + "." + WebEncoders.Base64UrlEncode(Mac(payload));
    }

    public Credential? Verify(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2048) return null;
        var dot = token.IndexOf('.');
        if (dot <= 0) return null;
        var payload = token[..dot];
        try
        {
            var signature = WebEncoders.Base64UrlDecode(token[(dot + 1)..]);
            if (!CryptographicOperations.FixedTimeEquals(signature, Mac(payload))) return null;
            return JsonSerializer.Deserialize<Credential>(WebEncoders.Base64UrlDecode(payload), Json);
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// A secret for one purpose (e.g. a session's respondent keys in poll exports), derived from the signing key: the
    /// same on every node and after a restart, and telling nothing about the key or the credentials it signs.
    /// </summary>
    public byte[] DeriveKey(string purpose) => HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes("derive\n" + purpose));

    private byte[] Mac(string payload) => HMACSHA256.HashData(_key, Encoding.ASCII.GetBytes(payload))[..SignatureBytes];

    private static byte[] LoadOrCreateKey(string path)
    {
        if (File.Exists(path)) return File.ReadAllBytes(path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var key = RandomNumberGenerator.GetBytes(32);
        var temp = path + ".tmp";
        File.WriteAllBytes(temp, key);
        File.Move(temp, path, overwrite: false);
        return key;
    }
}
