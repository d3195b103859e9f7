/// What a piece of code in a text can do, named by the calls and commands that do it (the
/// tactics of MITRE ATT&CK: collection, exfiltration, ingress transfer, execution, impact,
/// persistence). One capability is ordinary in code; some combinations are what malware is
/// planted for, and an instruction to include such code in an answer is an indirect
/// injection whatever its wording.
struct CodeCapabilities: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    /// Keystrokes, the clipboard, the screen, browser cookies, stored credentials.
    static let collection = CodeCapabilities(rawValue: 1 << 0)
    /// Data sent out: HTTP uploads, mail, FTP, raw sockets, webhooks.
    static let transfer = CodeCapabilities(rawValue: 1 << 1)
    /// Files fetched from elsewhere.
    static let fetch = CodeCapabilities(rawValue: 1 << 2)
    /// Commands run: shells, `eval`, process spawning.
    static let execution = CodeCapabilities(rawValue: 1 << 3)
    /// Damage: wiping disks or shadow copies, fork bombs, crypto miners.
    static let impact = CodeCapabilities(rawValue: 1 << 4)
    /// Surviving a reboot: cron, run keys, launch agents.
    static let persistence = CodeCapabilities(rawValue: 1 << 5)
    /// A shell wired to a network connection.
    static let remoteShell = CodeCapabilities(rawValue: 1 << 6)

    /// How hostile the code is: 0, nothing of note; 1, it runs what it downloads or installs
    /// itself to run again, which is also how installers and cron jobs are documented
    /// (`curl … | sh`); 2, what only malware does: collected data or a command's output sent
    /// out, damage, a remote shell, or a download run and made to survive a reboot.
    var hostility: Int {
        if isSuperset(of: [.collection, .transfer]) || isSuperset(of: [.execution, .transfer])
            || !isDisjoint(with: [.impact, .remoteShell]) || isSuperset(of: [.persistence, .fetch, .execution])
        {
            return 2
        }
        return isSuperset(of: [.fetch, .execution]) || contains(.persistence) ? 1 : 0
    }
}

/// Finds `CodeCapabilities` in text as written, ASCII case folded. Markers are call and
/// command names (`requests.post`, `win32clipboard`, `| sh`), matched where a word starts so
/// that prose about keyboards or cookies does not count.
struct CodePayloadScanner: Sendable {
    private static let markers: [(CodeCapabilities, [String])] = [
        (.collection, [
            "pynput", "getasynckeystate", "setwindowshookex", "keyboard.on_press", "keyboard.hook", "keyboard.read_key",
            "keyboard.record", "keylogger", "win32clipboard", "pbpaste", "xclip", "xsel ", "get-clipboard", "pyperclip.paste",
            "clipboard.readtext", "getclipboarddata", "imagegrab", "pyautogui.screenshot", "screencapture", "snippingtool",
            "gnome-screenshot", "scrot ", "mss.mss", "document.cookie", "browser_cookie3", "cookies.sqlite",
            "find-generic-password", "/etc/shadow", "wlan show profile", "lsass",
            "mimikatz",
        ]),
        (.transfer, [
            "requests.post", "requests.put", "httpx.post", "smtplib", "ftplib", "storbinary", "paramiko", "scp ",
            "rsync ", "socket.socket(", ".sendall(", "curl -d", "curl --data", "curl -f ", "curl -t ", "invoke-webrequest",
            "invoke-restmethod", "sendbeacon", "api/webhooks", "/dev/tcp/",
        ]),
        (.fetch, [
            "wget", "urlretrieve", "curl ", "requests.get(", "downloadstring", "downloadfile", "certutil -urlcache",
            "bitsadmin", "urllib.request.urlopen",
        ]),
        (.execution, [
            "subprocess", "os.system", "os.popen", "popen(", "eval(", "exec(", "shellexecute", "chmod +x", "| sh", "| bash",
            "|sh", "|bash", "bash -i", "sh -i", "nohup", "start-process", "iex ", "iex(", "invoke-expression", "child_process",
            "getruntime().exec",
        ]),
        (.impact, [
            "rm -rf / ", "rm -rf /\"", "rm -rf /'", "rm -rf /*", "rm -rf ~/*", ":|:&", "format c:",
            "vssadmin delete", "cipher /w", "rmtree('/'", "rmtree(\"/\"", "xmrig", "stratum+tcp", "minerd", "cryptonight",
            "coinhive", "nicehash",
        ]),
        (.persistence, [
            "crontab", "@reboot", "currentversion\\run", "schtasks /create", "launchagents", "/etc/rc.local",
            "/etc/init.d/rc.local", "systemctl enable",
        ]),
        (.remoteShell, ["pty.spawn(", "nc -e", "ncat -e", "-e /bin/sh", "-e /bin/bash"]),
    ]

    private struct Marker: Sendable {
        var capability: CodeCapabilities
        var bytes: [UInt8]
    }

    /// Markers by their first byte.
    private let byFirstByte: [[Marker]]

    init() {
        var table = [[Marker]](repeating: [], count: 128)
        for (capability, names) in Self.markers {
            for name in names {
                let bytes = Array(name.utf8)
                table[Int(bytes[0])].append(Marker(capability: capability, bytes: bytes))
            }
        }
        byFirstByte = table
    }

    func capabilities(in scalars: [Unicode.Scalar]) -> CodeCapabilities {
        var found: CodeCapabilities = []
        var previousIsWord = false
        for position in scalars.indices {
            let value = scalars[position].value
            let folded = Self.folded(value)
            let isWord = Self.isWordByte(folded)
            defer { previousIsWord = isWord }
            guard folded < 128, !(isWord && previousIsWord) else { continue }
            for marker in byFirstByte[Int(folded)] where !found.contains(marker.capability) {
                if Self.matches(marker.bytes, in: scalars, at: position) { found.insert(marker.capability) }
            }
        }
        return found
    }

    private static func matches(_ marker: [UInt8], in scalars: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + marker.count <= scalars.count else { return false }
        for (offset, byte) in marker.enumerated() where folded(scalars[position + offset].value) != UInt32(byte) {
            return false
        }
        return true
    }

    /// ASCII upper case to lower case; everything else as it is.
    private static func folded(_ value: UInt32) -> UInt32 {
        value >= 0x41 && value <= 0x5A ? value + 0x20 : value
    }

    private static func isWordByte(_ value: UInt32) -> Bool {
        (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || value == 0x5F
    }
}
