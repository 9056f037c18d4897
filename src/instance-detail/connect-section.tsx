import type { Instance } from '../api/instance'
import { CopyButton } from '../components/copy-button'
import { buttonClass } from '../components/button-styles'
import { Section } from '../components/section'
import { jupyterUrlOf } from '../lib/jupyter'
import { portEndpoint } from '../lib/ports'
import { sshConfigBlock } from '../lib/ssh-config'
import { sshOf } from '../lib/ssh'
import { vscodeRemoteLink } from '../lib/vscode'

const codeClass =
  'block overflow-x-auto rounded-md bg-code px-3 py-2 font-mono text-sm whitespace-pre text-on-code'

function jupyterProblem(instance: Instance, jupyterUrl: string | null): string | null {
  if (!instance.subUrl) return 'HPC-AI sent no notebook address for this instance.'
  if (!jupyterUrl)
    return 'The notebook address HPC-AI sent is not a web link, so it is not shown as one.'
  if (instance.status !== 'Running')
    return `Jupyter is reachable only while the instance is Running (it is ${instance.status || 'in an unknown state'}).`
  return null
}

/** How do I get in? SSH command and config, other ports, Jupyter; or why not. */
export function ConnectSection({ instance }: { instance: Instance }) {
  const ssh = sshOf(instance)
  const otherPorts = instance.nodePorts.filter((entry) => entry.port !== 22)
  const jupyterUrl = jupyterUrlOf(instance)
  const problem = jupyterProblem(instance, jupyterUrl)
  return (
    <Section title="Connect">
      {ssh.kind === 'ready' ? (
        <div className="space-y-2">
          <code className={codeClass}>{ssh.command}</code>
          <div className="flex flex-wrap items-center gap-2">
            <CopyButton text={ssh.command} label="Copy SSH command" />
            {/* Built from the same checked target as the command: none without one. */}
            <a
              href={vscodeRemoteLink(ssh)}
              className={buttonClass()}
              title="Opens a Remote-SSH window in VS Code (needs its Remote - SSH extension)"
            >
              Open in VS Code
            </a>
          </div>
          <details className="text-sm">
            <summary className="cursor-pointer text-fg-muted">~/.ssh/config entry</summary>
            <code className={`${codeClass} mt-2`}>{sshConfigBlock(ssh, instance.name)}</code>
            <div className="mt-2">
              <CopyButton text={sshConfigBlock(ssh, instance.name)} label="Copy SSH config entry" />
            </div>
          </details>
        </div>
      ) : (
        <p className="text-sm text-fg-muted">SSH: {ssh.reason}</p>
      )}
      {otherPorts.length > 0 && (
        <div className="mt-3 text-sm">
          <p className="text-fg-subtle">Other ports</p>
          <ul className="space-y-1">
            {otherPorts.map((entry) => {
              const endpoint = portEndpoint(entry, instance.region.sshAddress)
              return (
                <li key={`${entry.port}:${entry.nodePort}`} className="flex items-center gap-2">
                  {endpoint ? (
                    <>
                      <span className="font-mono">
                        {endpoint} -&gt; {entry.port}
                      </span>
                      <CopyButton text={endpoint} label={`Copy address of port ${entry.port}`} />
                    </>
                  ) : (
                    <span>Port {entry.port}: HPC-AI sent no usable address for it.</span>
                  )}
                </li>
              )
            })}
          </ul>
        </div>
      )}
      <div className="mt-3 text-sm">
        {problem === null && jupyterUrl ? (
          <a
            href={jupyterUrl}
            target="_blank"
            rel="noopener noreferrer"
            className={buttonClass('primary')}
          >
            Open Jupyter
          </a>
        ) : (
          <p className="text-fg-muted">Jupyter: {problem}</p>
        )}
      </div>
      {instance.subUrl && (
        <p className="mt-2 text-sm text-fg-muted">
          Notebook path: <span className="font-mono break-all">{instance.subUrl}</span>
        </p>
      )}
    </Section>
  )
}
